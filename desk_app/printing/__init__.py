"""ReportLab printouts (SPEC section 5); one module per printout."""

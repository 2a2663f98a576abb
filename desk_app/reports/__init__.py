"""R11 monthly reports: figures and documents (``data``), PDF and Excel renderers
(``pdf``, ``xlsx``), the ``desk-app report`` command and ``generate_report``
(``command``). No Qt here: the reports dialog runs ``generate_report`` on a worker."""

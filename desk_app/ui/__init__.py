"""The Qt front end of 前台 Desk: the main window, its pages and dialogs.

Widgets here call services (and, for the placeholder pages, one small read helper);
they never decide a rule of SPEC section 4.
"""

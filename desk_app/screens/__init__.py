"""The screens layer: one Qt-free module per paper form, between ``desk_app.ui`` (which
only lays out, labels and binds) and ``desk_app.services`` (which decide every rule).

A screen module owns its form's unit of work: it reads a frozen *sheet* (the values, the
derived lines and the state of every action) through a ``Workspace``, saves the form's
values with the version they were read at, and runs one lifecycle step. Widgets reach
screens only through ``desk_app.ui.operations``. See docs/architecture.md.
"""

"""A realistic demo community for training, screenshots and load tests
(``desk-app demo``)."""

from desk_app.demo.command import run_demo_command
from desk_app.demo.generator import DemoRefusedError, DemoSummary, default_entries, generate_demo

__all__ = ["DemoRefusedError", "DemoSummary", "default_entries", "generate_demo", "run_demo_command"]

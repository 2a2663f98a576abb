"""前台 Desk: the reception-counter program of a residential property-management
customer-service centre."""

__version__ = "0.1.0"

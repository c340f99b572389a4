"""Endpoints of the two gateway services, one module per area."""

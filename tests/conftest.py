"""Shared pytest configuration: the sandbox fixtures (`sandbox`, `notification_receiver`)."""

pytest_plugins = ["transaction_services_sandbox.pytest_plugin"]

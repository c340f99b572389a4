"""A stateful local sandbox of the transactionServices REST v1 card-payment gateway."""

from .config import SandboxConfig as SandboxConfig
from .server import Sandbox as Sandbox

__version__ = "0.1.0"

"""Pure builders and interpreters, one module per area; the Gateway shells send what they build.

Each ``build_*`` validates its input (raising ``ValidationError`` before any I/O), signs with the right
checksum formula and returns a :class:`~transaction_services.flows._call.Call`: the generated endpoint,
its body, and how to interpret the answer. Nothing here performs I/O.

The generated endpoints and request models are imported inside the builders, not at module level:
``import transaction_services`` then loads none of them, and a call loads only the few it sends.
"""

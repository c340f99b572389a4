"""One parse: answers are read from the generated models' attributes, and the result code in one function.

Both checks read the overlay's source (AST), so they fail the moment an interpreter turns a response
model back into a dict or reads a result code itself, whatever the tests of behaviour cover.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

OVERLAY = Path(__file__).resolve().parents[2] / "overlay" / "transaction_services"
FLOWS = OVERLAY / "flows"
# What the result code's readers are allowed to touch, and where (module, function).
OUTCOME_BLOCK_READERS = {("_payload.py", "_outcome")}
CODE_READERS = {("_payload.py", "result_code")}


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]


def _is_request_body(name: str, function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether ``name`` is a parameter of ``function`` annotated as a request model (``...Request``, ``_FormBody``)."""
    for argument in [*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs]:
        if argument.arg == name and argument.annotation is not None:
            annotation = ast.unparse(argument.annotation)
            return annotation == "_FormBody" or annotation.endswith("Request")
    return False


def response_to_dict_calls(source: str) -> list[str]:
    """Every ``.to_dict()`` call in ``source`` whose receiver is not a request-model parameter, as ``function:line``."""
    tree = ast.parse(source)
    owner: dict[ast.AST, ast.FunctionDef | ast.AsyncFunctionDef] = {}
    for function in _functions(tree):  # outer functions first: a nested one then claims its own nodes
        for node in ast.walk(function):
            if node is not function:
                owner[node] = function
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "to_dict":
            enclosing = owner.get(node)
            receiver = node.func.value
            if enclosing is not None and isinstance(receiver, ast.Name) and _is_request_body(receiver.id, enclosing):
                continue
            found.append(f"{enclosing.name if enclosing else '<module>'}:{node.lineno}")
        elif isinstance(node, ast.Constant) and node.value == "to_dict":  # getattr(model, "to_dict")
            found.append(f"{owner[node].name if node in owner else '<module>'}:{node.lineno}")
    return found


def test_the_checker_finds_a_response_model_turned_back_into_a_dict() -> None:
    source = """
def interpret(model: GatewayResponse) -> Payment:
    payload = model.to_dict()

def applied(payment: Payment) -> bool:
    return bool(payment.raw.to_dict())

def sneaky(model: GatewayResponse) -> object:
    return getattr(model, "to_dict")()

def with_extra(body: _FormBody, extra: object) -> _FormBody:
    own = body.to_dict()

def build(ctx: object, body: PaymentRequest) -> object:
    def interpret(body: GatewayResponse) -> object:
        return body.to_dict()
    return body.to_dict()
"""
    assert sorted(response_to_dict_calls(source)) == ["applied:6", "interpret:16", "interpret:3", "sneaky:9"]


@pytest.mark.parametrize("path", sorted(FLOWS.glob("*.py")), ids=lambda path: path.name)
def test_no_interpreter_turns_a_response_model_back_into_a_dict(path: Path) -> None:
    assert response_to_dict_calls(path.read_text()) == []


def _attribute_reads(path: Path, names: set[str]) -> list[tuple[str, str, int]]:
    """``(module, function, line)`` of every read of an attribute in ``names`` that is not a method call."""
    tree = ast.parse(path.read_text())
    called = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    reads: list[tuple[str, str, int]] = []
    for function in _functions(tree):
        for node in ast.walk(function):
            if isinstance(node, ast.Attribute) and node.attr in names and id(node) not in called:
                reads.append((path.name, function.name, node.lineno))
    return reads


def _overlay_modules() -> list[Path]:
    return sorted(OVERLAY.rglob("*.py"))


def test_only_one_function_reads_the_outcome_block() -> None:
    reads = [
        read for path in _overlay_modules() for read in _attribute_reads(path, {"result", "status_invoice_result"})
    ]
    assert reads, "the reader itself must be found, or the check checks nothing"
    assert {(module, function) for module, function, _ in reads} == OUTCOME_BLOCK_READERS, reads


def test_only_one_function_reads_the_result_code() -> None:
    reads = [read for path in _overlay_modules() for read in _attribute_reads(path, {"code"})]
    assert reads, "the reader itself must be found, or the check checks nothing"
    assert {(module, function) for module, function, _ in reads} == CODE_READERS, reads


def test_no_overlay_module_looks_up_the_invoice_outcome_block_by_its_wire_name() -> None:
    offenders = []
    for path in _overlay_modules():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and node.value == "statusInvoiceResult":
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.redirect_parameter import RedirectParameter


T = TypeVar("T", bound="RedirectInstruction")


@_attrs_define
class RedirectInstruction:
    """Where to send the customer's browser next (3-D Secure, asynchronous methods). Render an auto-submitting form to
    `url` with `method` and one hidden field per parameter; with no parameters, redirect the browser to `url`. Some
    builds put the parameter list under another key.

    """

    url: str | Unset = UNSET
    """ The page to send the customer to. """
    method: str | Unset = UNSET
    """ `POST` or `GET` (default `POST` when parameters are present). """
    target: str | Unset = UNSET
    """ Browsing context hint, e.g. `blank`. """
    parameters: list[RedirectParameter] | RedirectParameter | Unset = UNSET
    """ The hidden fields; an array, or a single object when there is one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method = self.method

        target = self.target

        parameters: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, list):
            parameters = []
            for parameters_type_0_item_data in self.parameters:
                parameters_type_0_item = parameters_type_0_item_data.to_dict()
                parameters.append(parameters_type_0_item)

        else:
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
        if target is not UNSET:
            field_dict["target"] = target
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.redirect_parameter import RedirectParameter  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        method = d.pop("method", UNSET)

        target = d.pop("target", UNSET)

        def _parse_parameters(data: object) -> list[RedirectParameter] | RedirectParameter | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parameters_type_0 = []
                _parameters_type_0 = data
                for parameters_type_0_item_data in _parameters_type_0:
                    parameters_type_0_item = RedirectParameter.from_dict(parameters_type_0_item_data)

                    parameters_type_0.append(parameters_type_0_item)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            parameters_type_1 = RedirectParameter.from_dict(data)

            return parameters_type_1

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        redirect_instruction = cls(
            url=url,
            method=method,
            target=target,
            parameters=parameters,
        )

        redirect_instruction.additional_properties = d
        return redirect_instruction

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from ..types import repr_without_unset as _repr_without_unset  # noqa: E402

RedirectInstruction.__repr__ = _repr_without_unset  # type: ignore[method-assign]

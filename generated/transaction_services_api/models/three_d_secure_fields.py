from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreeDSecureFields")


@_attrs_define
class ThreeDSecureFields:
    """3-D Secure 2 browser data (`deviceDetails.*`), external 3-D Secure results (`threeDSecure.*`) and risk data
    (`cardHolderAccountInfo.*`).

    """

    device_details_user_agent: str | Unset = UNSET
    """ The browser's User-Agent. """
    device_details_browser_language: str | Unset = UNSET
    """ Browser language, e.g. `en-US`. """
    device_details_browser_timezone_offset: str | Unset = UNSET
    """ Browser time-zone offset in minutes. """
    device_details_browser_color_depth: str | Unset = UNSET
    """ Screen colour depth. """
    device_details_browser_accept_header: str | Unset = UNSET
    """ The browser's Accept header. """
    device_details_browser_screen_height: str | Unset = UNSET
    """ Screen height in pixels. """
    device_details_browser_screen_width: str | Unset = UNSET
    """ Screen width in pixels. """
    device_details_browser_java_enabled: str | Unset = UNSET
    """ `true` or `false`. """
    three_d_secure_eci: str | Unset = UNSET
    """ ECI of an external 3-D Secure authentication. """
    three_d_secure_verification_id: str | Unset = UNSET
    """ CAVV / authentication value of an external 3-D Secure authentication. """
    three_d_secure_xid: str | Unset = UNSET
    """ XID / directory-server transaction id of an external authentication. """
    card_holder_account_info_acc_activation_date: str | Unset = UNSET
    """ Date the customer's account was opened. """
    card_holder_account_info_acc_change_date: str | Unset = UNSET
    """ Date the account last changed. """
    card_holder_account_info_acc_pw_change_date: str | Unset = UNSET
    """ Date the account password last changed. """
    card_holder_account_info_address_use_date: str | Unset = UNSET
    """ Date the shipping address was first used. """
    card_holder_account_info_payment_acc_activation_date: str | Unset = UNSET
    """ Date the payment account was added. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_details_user_agent = self.device_details_user_agent

        device_details_browser_language = self.device_details_browser_language

        device_details_browser_timezone_offset = self.device_details_browser_timezone_offset

        device_details_browser_color_depth = self.device_details_browser_color_depth

        device_details_browser_accept_header = self.device_details_browser_accept_header

        device_details_browser_screen_height = self.device_details_browser_screen_height

        device_details_browser_screen_width = self.device_details_browser_screen_width

        device_details_browser_java_enabled = self.device_details_browser_java_enabled

        three_d_secure_eci = self.three_d_secure_eci

        three_d_secure_verification_id = self.three_d_secure_verification_id

        three_d_secure_xid = self.three_d_secure_xid

        card_holder_account_info_acc_activation_date = self.card_holder_account_info_acc_activation_date

        card_holder_account_info_acc_change_date = self.card_holder_account_info_acc_change_date

        card_holder_account_info_acc_pw_change_date = self.card_holder_account_info_acc_pw_change_date

        card_holder_account_info_address_use_date = self.card_holder_account_info_address_use_date

        card_holder_account_info_payment_acc_activation_date = self.card_holder_account_info_payment_acc_activation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_details_user_agent is not UNSET:
            field_dict["deviceDetails.user_Agent"] = device_details_user_agent
        if device_details_browser_language is not UNSET:
            field_dict["deviceDetails.browserLanguage"] = device_details_browser_language
        if device_details_browser_timezone_offset is not UNSET:
            field_dict["deviceDetails.browserTimezoneOffset"] = device_details_browser_timezone_offset
        if device_details_browser_color_depth is not UNSET:
            field_dict["deviceDetails.browserColorDepth"] = device_details_browser_color_depth
        if device_details_browser_accept_header is not UNSET:
            field_dict["deviceDetails.browserAcceptHeader"] = device_details_browser_accept_header
        if device_details_browser_screen_height is not UNSET:
            field_dict["deviceDetails.browserScreenHeight"] = device_details_browser_screen_height
        if device_details_browser_screen_width is not UNSET:
            field_dict["deviceDetails.browserScreenWidth"] = device_details_browser_screen_width
        if device_details_browser_java_enabled is not UNSET:
            field_dict["deviceDetails.browserJavaEnabled"] = device_details_browser_java_enabled
        if three_d_secure_eci is not UNSET:
            field_dict["threeDSecure.eci"] = three_d_secure_eci
        if three_d_secure_verification_id is not UNSET:
            field_dict["threeDSecure.verificationId"] = three_d_secure_verification_id
        if three_d_secure_xid is not UNSET:
            field_dict["threeDSecure.xid"] = three_d_secure_xid
        if card_holder_account_info_acc_activation_date is not UNSET:
            field_dict["cardHolderAccountInfo.accActivationDate"] = card_holder_account_info_acc_activation_date
        if card_holder_account_info_acc_change_date is not UNSET:
            field_dict["cardHolderAccountInfo.accChangeDate"] = card_holder_account_info_acc_change_date
        if card_holder_account_info_acc_pw_change_date is not UNSET:
            field_dict["cardHolderAccountInfo.accPwChangeDate"] = card_holder_account_info_acc_pw_change_date
        if card_holder_account_info_address_use_date is not UNSET:
            field_dict["cardHolderAccountInfo.addressUseDate"] = card_holder_account_info_address_use_date
        if card_holder_account_info_payment_acc_activation_date is not UNSET:
            field_dict["cardHolderAccountInfo.paymentAccActivationDate"] = (
                card_holder_account_info_payment_acc_activation_date
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_details_user_agent = d.pop("deviceDetails.user_Agent", UNSET)

        device_details_browser_language = d.pop("deviceDetails.browserLanguage", UNSET)

        device_details_browser_timezone_offset = d.pop("deviceDetails.browserTimezoneOffset", UNSET)

        device_details_browser_color_depth = d.pop("deviceDetails.browserColorDepth", UNSET)

        device_details_browser_accept_header = d.pop("deviceDetails.browserAcceptHeader", UNSET)

        device_details_browser_screen_height = d.pop("deviceDetails.browserScreenHeight", UNSET)

        device_details_browser_screen_width = d.pop("deviceDetails.browserScreenWidth", UNSET)

        device_details_browser_java_enabled = d.pop("deviceDetails.browserJavaEnabled", UNSET)

        three_d_secure_eci = d.pop("threeDSecure.eci", UNSET)

        three_d_secure_verification_id = d.pop("threeDSecure.verificationId", UNSET)

        three_d_secure_xid = d.pop("threeDSecure.xid", UNSET)

        card_holder_account_info_acc_activation_date = d.pop("cardHolderAccountInfo.accActivationDate", UNSET)

        card_holder_account_info_acc_change_date = d.pop("cardHolderAccountInfo.accChangeDate", UNSET)

        card_holder_account_info_acc_pw_change_date = d.pop("cardHolderAccountInfo.accPwChangeDate", UNSET)

        card_holder_account_info_address_use_date = d.pop("cardHolderAccountInfo.addressUseDate", UNSET)

        card_holder_account_info_payment_acc_activation_date = d.pop(
            "cardHolderAccountInfo.paymentAccActivationDate", UNSET
        )

        three_d_secure_fields = cls(
            device_details_user_agent=device_details_user_agent,
            device_details_browser_language=device_details_browser_language,
            device_details_browser_timezone_offset=device_details_browser_timezone_offset,
            device_details_browser_color_depth=device_details_browser_color_depth,
            device_details_browser_accept_header=device_details_browser_accept_header,
            device_details_browser_screen_height=device_details_browser_screen_height,
            device_details_browser_screen_width=device_details_browser_screen_width,
            device_details_browser_java_enabled=device_details_browser_java_enabled,
            three_d_secure_eci=three_d_secure_eci,
            three_d_secure_verification_id=three_d_secure_verification_id,
            three_d_secure_xid=three_d_secure_xid,
            card_holder_account_info_acc_activation_date=card_holder_account_info_acc_activation_date,
            card_holder_account_info_acc_change_date=card_holder_account_info_acc_change_date,
            card_holder_account_info_acc_pw_change_date=card_holder_account_info_acc_pw_change_date,
            card_holder_account_info_address_use_date=card_holder_account_info_address_use_date,
            card_holder_account_info_payment_acc_activation_date=card_holder_account_info_payment_acc_activation_date,
        )

        three_d_secure_fields.additional_properties = d
        return three_d_secure_fields

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

ThreeDSecureFields.__repr__ = _repr_without_unset  # type: ignore[method-assign]

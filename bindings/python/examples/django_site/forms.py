"""The port order as a person fills it: a form whose field names are the request's members
(``account__provider`` is ``/account/provider``) and a formset of the numbers."""

from django import forms


class PortOrderForm(forms.Form):
    today = forms.DateField()
    requested_port_date = forms.DateField(required=False)
    location__calling_plan_enabled = forms.BooleanField(required=False, label="Cisco Calling Plan is enabled")
    account__provider = forms.CharField(required=False, label="Current provider")
    account__account_number = forms.CharField(required=False, label="Account number")
    account__account_name = forms.CharField(required=False, label="Account name")
    invoice__file_name = forms.CharField(label="Invoice file")
    invoice__media_type = forms.CharField(label="Invoice type")
    invoice__issued = forms.DateField(label="Invoice date")
    loa__first_name = forms.CharField(required=False, label="Signer's first name")
    loa__last_name = forms.CharField(required=False, label="Signer's last name")
    loa__signer_role = forms.ChoiceField(choices=[("account_owner", "Account owner"), ("authorized_signer", "Authorised signer"), ("other", "Other")])


class NumberForm(forms.Form):
    number = forms.CharField()


NumberFormSet = forms.formset_factory(NumberForm, extra=0)

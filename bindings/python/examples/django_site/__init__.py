"""A Django site that checks port orders before they are submitted: a form with a formset of
numbers (callplan.django.check) and a DRF endpoint (callplan.django.drf_check)."""

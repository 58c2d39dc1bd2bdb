"""The form view and the API view: all the callplan they hold is one call each."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from rest_framework.decorators import api_view
from rest_framework.response import Response

import callplan.django

from .forms import NumberFormSet, PortOrderForm


def port_order(request: HttpRequest) -> HttpResponse:
    form = PortOrderForm(request.POST or None)
    numbers = NumberFormSet(request.POST or None, prefix="numbers")
    if request.method == "POST" and form.is_valid() and numbers.is_valid():
        if callplan.django.check(form, "port_order", formsets={"numbers": numbers}):
            return HttpResponse("Port order accepted", status=201)
    return render(request, "port_order.html", {"form": form, "numbers": numbers}, status=200 if request.method == "GET" else 400)


@api_view(["POST"])
def port_orders_api(request):
    return Response(callplan.django.drf_check("port_order", request).to_dict())

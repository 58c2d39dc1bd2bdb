from django.urls import path

from . import views

urlpatterns = [path("port-order/", views.port_order), path("api/port-orders/", views.port_orders_api)]

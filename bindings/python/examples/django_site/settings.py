"""Settings of the example site: what a Django project already has, and the languages
callplan writes messages in."""

from pathlib import Path

SECRET_KEY = "example-only"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
ROOT_URLCONF = "django_site.urls"
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "rest_framework"]
# LocaleMiddleware makes the language Accept-Language asks for the active one.
MIDDLEWARE = ["django.middleware.locale.LocaleMiddleware", "django.middleware.csrf.CsrfViewMiddleware"]
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("sv", "Svenska"), ("fr", "Français")]
USE_I18N = True
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [Path(__file__).parent / "templates"]}]
DATABASES: dict = {}
REST_FRAMEWORK = {"UNAUTHENTICATED_USER": None, "DEFAULT_AUTHENTICATION_CLASSES": [], "DEFAULT_PERMISSION_CLASSES": []}

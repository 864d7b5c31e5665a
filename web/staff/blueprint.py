"""The staff workspace's blueprint; each module under web/staff adds its own pages to it."""

from flask import Blueprint

bp = Blueprint("staff", __name__, url_prefix="/staff")

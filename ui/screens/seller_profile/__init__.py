"""One seller's progress, with its trend chart."""

from ui.screens.seller_profile.screen import SellerProfileScreen

__all__ = ["SellerProfileScreen"]

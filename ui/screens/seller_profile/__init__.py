"""One seller's progress, with its trend chart."""

from ui.screens.seller_profile.screen import SellerProfileScreen
from ui.screens.seller_profile.trend_chart import TrendChart

__all__ = ["SellerProfileScreen", "TrendChart"]

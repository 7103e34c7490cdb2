"""The seller view: the whole window handed to the seller (the handout's content and the
acknowledgement, nothing else)."""

from ui.screens.seller_view.names import same_name
from ui.screens.seller_view.screen import SellerView

__all__ = ["SellerView", "same_name"]

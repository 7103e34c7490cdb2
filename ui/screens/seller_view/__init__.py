"""The seller view: the whole window handed to the seller (the handout's content and the
acknowledgement, nothing else), and the seller's own review session for a one-on-one."""

from ui.screens.seller_view.names import same_name
from ui.screens.seller_view.review_session import SellerReviewSession
from ui.screens.seller_view.screen import SellerView

__all__ = ["SellerReviewSession", "SellerView", "same_name"]

"""FieldRide's PySide6 interface: the only package that imports Qt. It calls ``fieldride``
functions and shows the plain data they return; it never runs SQL itself."""

"""One page per kind of navigation node, shown in the main window's centre stack."""

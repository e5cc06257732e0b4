"""Names Qt calls by name, for vulture (`make lint`): virtual methods that
Qt's C++ side calls on our subclasses, so no Python code calls them.

Only Qt's names belong here; anything else vulture reports is dead code to
remove, or is configured in pyproject.toml ([tool.vulture]) with a reason.
"""

from vulture.whitelist_utils import Whitelist

qt = Whitelist()

# QAbstractItemModel / QSortFilterProxyModel
qt.columnCount
qt.headerData
qt.filterAcceptsRow

# QWidget events and size hints
qt.keyPressEvent
qt.contextMenuEvent
qt.paintEvent
qt.eventFilter  # QObject: events of watched objects (benchmarks)
qt.minimumSizeHint

# QObject event filters (installed with installEventFilter)
qt.eventFilter

# QSyntaxHighlighter
qt.highlightBlock

"""The actions of the process as dialogs, offered by a panel to the acting person."""

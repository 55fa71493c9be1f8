// Placeholder: this module's code lands with its issue.

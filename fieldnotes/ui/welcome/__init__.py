"""The first start: the welcome window and the Start-a-new-study form.

Imported only when one of them is shown, so an ordinary start (a last study to open)
does not pay for it.
"""

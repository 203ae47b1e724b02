"""The support kit: every screen as a picture, and the illustrated guide built from them.

Everything here runs on the demo fakes (:mod:`wink_desktop.demo`): no network, no mail
server, no keyring, no root. The scenes (what each picture shows) are listed once in
:mod:`wink_desktop.ui.support.scenes`; how each screen is brought to its state is in
:mod:`wink_desktop.ui.support.drive`.
"""

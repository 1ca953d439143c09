"""`teikit review`: an editor accepts, corrects or rejects teikit's markup in the browser.

    edit    decisions as byte splices of the canonical TEI (pure; nothing outside them changes)
    page    the review page: the text with its markup and the queue, lowest certainty first
    server  the local server: loopback only, origin and token checks, versioned, validated writes
"""

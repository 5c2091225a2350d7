"""Web gates of the built site: axe-core, the Nu Html Checker, internal links and anchors, Lighthouse."""

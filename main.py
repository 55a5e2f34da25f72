"""Open the vqdesk desktop application: python main.py [FILE]"""

from vqdesk.ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())

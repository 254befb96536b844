from engagedesk.cli import main

raise SystemExit(main())

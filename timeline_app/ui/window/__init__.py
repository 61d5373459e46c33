"""The main window and the application around it: layout, menus, resources, start-up."""

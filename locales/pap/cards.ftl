# E karchi di invitashon pa imprimí.

# Variables:
#   $group (string) - the group's name
card-line = Bon bini na { $group }! Skan un kódigo ku e kámara di bo telefòn pa drenta.
invite-card = 🖨 E karchi di invitashon pa imprimí òf kompartí.

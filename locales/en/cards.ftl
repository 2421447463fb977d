# The printable invite card.

# Variables:
#   $group (string) - the group's name
card-line = You are welcome in { $group }! Scan a code with your phone camera to join.
invite-card = 🖨 The invite card to print or share.

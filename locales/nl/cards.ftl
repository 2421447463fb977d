# De uitnodigingskaart om te printen.

# Variables:
#   $group (string) - the group's name
card-line = Welkom bij { $group }! Scan een code met de camera van uw telefoon om mee te doen.
invite-card = 🖨 De uitnodigingskaart om te printen of te delen.

# Karta z zaproszeniem do wydrukowania.

# Variables:
#   $group (string) - the group's name
card-line = Witamy w grupie { $group }! Aby dołączyć, proszę zeskanować kod aparatem w telefonie.
invite-card = 🖨 Karta z zaproszeniem do wydrukowania lub udostępnienia.

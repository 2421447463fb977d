# Karta z zaproszeniem do wydrukowania.

# Variables:
#   $group (string) - the group's name
card-line = Zapraszamy do grupy { $group }! Aby dołączyć, proszę zeskanować kod aparatem w telefonie.
invite-card = 🖨 Karta z zaproszeniem do wydrukowania lub udostępnienia.

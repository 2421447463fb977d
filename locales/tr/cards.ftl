# Yazdırılabilir davet kartı.

# Variables:
#   $group (string) - the group's name
card-line = { $group } grubuna hoş geldiniz! Katılmak için telefonunuzun kamerasıyla bir kodu tarayın.
invite-card = 🖨 Yazdırmak veya paylaşmak için davet kartı.

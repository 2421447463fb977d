# Ang card ng imbitasyon na puwedeng i-print.

# Variables:
#   $group (string) - the group's name
card-line = Maligayang pagdating po sa { $group }! Para sumali, i-scan po ang isang code gamit ang camera ng inyong telepono.
invite-card = 🖨 Ang card ng imbitasyon na puwedeng i-print o ibahagi.

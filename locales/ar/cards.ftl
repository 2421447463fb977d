# بطاقة الدعوة للطباعة.

# Variables:
#   $group (string) - the group's name
card-line = أهلًا وسهلًا بكم في { $group }! للانضمام، امسحوا أحد الرموز بكاميرا هاتفكم.
invite-card = 🖨 بطاقة الدعوة للطباعة أو للمشاركة.

# Sohbette üyeleri yönetmek: adı değiştirmek, çıkarmak, başka gruba almak, grup sorumlusu yapmak.

# Variables:
#   $name (string) - the member's name
mm-what = { $name }: ne yapmak istiyorsunuz?
mm-rename = Adı değiştir
mm-move = Başka grup
mm-remove = Çıkar
mm-promote = Sorumlu yap
# Variables:
#   $name (string) - the member's name now
mm-ask-name = { $name } için yeni ad nedir?
# Variables:
#   $old (string) - the old name
#   $new (string) - the new name
mm-renamed = ✅ { $old } adı { $new } olarak değiştirildi.
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-confirm-remove = { $name }, { $group } grubundan çıkarılsın mı? Bu gruptan artık mesaj almayacak.
mm-yes-remove = Evet, çıkar
# Variables:
#   $name (string) - the member's name
mm-removed = ✅ { $name } gruptan çıkarıldı.
# Variables:
#   $group (string) - the group's name
mm-removed-you = Artık { $group } grubunda değilsiniz. Katıldığınız için teşekkür ederiz. 🌷
# Variables:
#   $name (string) - the member's name
mm-ask-group = { $name } hangi gruba geçsin?
# Variables:
#   $name (string) - the member's name
#   $group (string) - the new group
mm-moved = ✅ { $name } artık { $group } grubunda.
# Variables:
#   $group (string) - the new group
mm-moved-you = Artık { $group } grubundasınız. Hoş geldiniz! 🌷
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-promoted = ✅ { $name } artık { $group } grubunun sorumlusu.

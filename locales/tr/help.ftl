# Yardım.

help-participant = Buraya mesaj ya da sesli mesaj gönderebilirsiniz: mesajınız grup sorumlunuza ulaşır. Daha fazlası için aşağıdaki düğmelere dokunun.
help-facilitator = Üyelerinizin mesajları buraya gelir. Cevap vermek için mesajın altındaki "Cevapla" düğmesine dokunun. Araçlarınız için "menü" gönderin.

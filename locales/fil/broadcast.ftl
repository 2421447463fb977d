# Mga mensahe ng lider ng grupo para sa buong grupo, mga handang anunsyo, isang naka-link na grupo sa Telegram.
# NOTE: in CLDR Filipino, [one] also covers 2, 3, 5, 7, 8, 10, 11 … so [one] must not say "isa"; [1] is exactly one.

menu-broadcast = Mensahe sa lahat
menu-link-chat = Grupo sa Telegram
# Variables:
#   $group (string) - the group's name
bc-ask-audience = 📣 Mensahe para sa { $group }. Sino po ang dapat makatanggap nito?
bc-everyone = Lahat
bc-coming = Ang mga darating
# Variables:
#   $group (string) - the group's name
bc-ask-content = Isulat po ang inyong mensahe, o magpadala ng litrato o voice message. O pumili ng handang mensahe: matatanggap ito ng bawat isa sa sarili niyang wika.
bc-ready-cancelled-label = Walang pagkikita
bc-ready-place-label = Bagong lugar
bc-ready-bring-label = May dadalhin
bc-ready-ramadan-label = Ramadan
bc-ready-eid-label = Eid Mubarak
bc-ready-christmas-label = Pasko
bc-ready-newyear-label = Bagong Taon
bc-ready-ketikoti-label = Keti Koti
bc-ready-divali-label = Diwali
bc-ready-summer-label = Pahinga sa summer
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-cancelled = 📣 { $group }: hindi po matutuloy ang pagkikita sa { $date }. Sasabihan namin kayo tungkol sa susunod. Ingat po palagi!
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
#   $place (string) - the new place, or "none"
bc-ready-place = 📣 { $group }: sa ibang lugar po ang pagkikita sa { $date }. { $place ->
        [none] Sasabihin po ng inyong lider ng grupo kung saan.
       *[other] Magkikita tayo sa: { $place }.
    }
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-bring = 📣 { $group }: sa pagkikita sa { $date }, magdala po ng maibabahagi: isang pagkain, isang litrato, o isang kuwento mula sa inyong bayan. 🍲
# Variables:
#   $group (string) - the group's name
bc-ready-ramadan = 🌙 Hangad ng { $group } ang isang pinagpalang buwan para sa lahat ng nag-aayuno. Ramadan Mubarak!
# Variables:
#   $group (string) - the group's name
bc-ready-eid = 🌙 Eid Mubarak! Masayang Eid po sa inyo at sa inyong pamilya, mula sa { $group }.
# Variables:
#   $group (string) - the group's name
bc-ready-christmas = 🎄 Maligayang Pasko po mula sa { $group }! Nawa'y maging masaya ang inyong mga araw kasama ang mga mahal ninyo sa buhay.
# Variables:
#   $group (string) - the group's name
bc-ready-newyear = 🎆 Manigong Bagong Taon po mula sa { $group }! Sabik na kaming makita kayo ulit.
# Variables:
#   $group (string) - the group's name
bc-ready-ketikoti = Keti Koti: ngayong araw, inaalala natin ang pagtatapos ng pang-aalipin at ipinagdiriwang ang kalayaan. Hangad ng { $group } ang isang makabuluhang araw para sa inyo.
# Variables:
#   $group (string) - the group's name
bc-ready-divali = 🪔 Maligayang Diwali! Hangad po ng { $group } para sa inyo ang liwanag, saya, at mabuting kalusugan.
# Variables:
#   $group (string) - the group's name
bc-ready-summer = ☀️ Magpapahinga po ang { $group } ngayong summer. Magandang tag-araw po sa inyo! Sasabihan namin kayo kapag magkikita na ulit tayo.
bc-needs-meeting = Wala pang nakaplanong susunod na pagkikita, kaya hindi magagamit ang mensaheng ito ngayon. Sumulat na lang po ng sariling mensahe.
bc-preview-title = 👀 Ito po ang matatanggap nila:
# Variables:
#   $count (number) - how many members get it
#   $languages (string) - their languages
#   $versions (string) - languages with a version of their own, or "none"
#   $phone (string) - names of members without a smartphone, or "none"
#   $chat (string) - yes when it also goes to a linked Telegram group
bc-summary = Ipapadala ito sa { $count ->
        [1] isang miyembro
        [one] { $count } miyembro
       *[other] { $count } miyembro
    } ({ $languages }).{ $versions ->
        [none] {""}
       *[other] {" "}Sariling bersyon sa: { $versions }.
    }{ $chat ->
        [yes] {" "}Pati sa naka-link na grupo sa Telegram.
       *[other] {""}
    }{ $phone ->
        [none] {""}
       *[other] {" "}Walang smartphone, pakitawagan po: { $phone }.
    } Ipadala na po ba?
bc-send = Ipadala
bc-add-version = Ibang wika
bc-version-not-needed = Matatanggap na ng bawat isa ang handang mensahe sa sarili niyang wika.
bc-ask-version-language = Sa anong wika po ninyo gustong sumulat ng sariling bersyon?
# Variables:
#   $language (string) - the language
bc-ask-version-text = Isulat po ang mensahe sa { $language }.
bc-cancelled = Sige po, walang ipinadala.
bc-nobody = Wala pa pong mapapadalhan nito.
# Variables:
#   $count (number) - how many members get it
bc-sent = 📣 Naipadala na sa { $count ->
        [1] isang miyembro
        [one] { $count } miyembro
       *[other] { $count } miyembro
    }. Dito po darating sa inyo ang kanilang mga sagot.
# Variables:
#   $count (number) - how many members to call
#   $lines (string) - one line per member: name and number if known
bc-call-these = 📵 { $count ->
        [1] Walang smartphone ang miyembrong ito. Pakitawagan po siya para iparating ang mensahe:
        [one] Walang smartphone ang mga miyembrong ito. Pakitawagan po sila para iparating ang mensahe:
       *[other] Walang smartphone ang mga miyembrong ito. Pakitawagan po sila para iparating ang mensahe:
    }
    { $lines }
# Variables:
#   $group (string) - the group's name
#   $name (string) - the group leader's name
#   $text (string) - the message
broadcast-message = 📣 { $group } · { $name }:
    { $text }
# Variables:
#   $group (string) - the group's name
#   $name (string) - the group leader's name
broadcast-media = 📣 { $group } · { $name }
# Variables:
#   $group (string) - the group's name
#   $code (string) - the one-time code
#   $linked (string) - yes when a chat is linked already
link-howto = 🔗 Grupo sa Telegram para sa { $group }: para lang sa mga miyembrong gustong sumali, dahil doon ay makikita nila ang pangalan at account ng isa't isa.
    1. Gumawa po ng grupo sa Telegram at idagdag ako roon.
    2. Ipadala ito roon: /link { $code }
    Isang beses lang gumagana ang code, sa loob ng isang araw. Pagkatapos, mapupunta rin sa grupong iyon ang mga anunsyo; hindi makikita roon kung sino ang bumoto. Hindi ako kailanman magdadagdag ng sinuman doon.{ $linked ->
        [yes] {" "}May naka-link na grupo ngayon: papalitan ito ng bagong link.
       *[other] {""}
    }
link-unlink = Alisin ang link
link-none = Walang naka-link na grupo sa Telegram.
# Variables:
#   $group (string) - the group's name
link-unlinked = ✅ Hindi na po naka-link ang grupo sa Telegram sa { $group }.
# Variables:
#   $group (string) - the group's name
chat-unlinked = Hindi na naka-link ang chat na ito sa { $group }. Sa mga pribadong chat na lang darating ang mga anunsyo.
chat-link-bad-code = Hindi gumagana ang code na ito. Humingi po ng bagong code sa inyong menu (Grupo sa Telegram) at ipadala rito ang /link kasama ang code.
chat-link-leaders-only = Lider ng grupo lang ang puwedeng mag-link o mag-unlink ng chat na ito.
# Variables:
#   $other (string) - the group this chat is linked to
chat-link-taken = Naka-link na ang chat na ito sa { $other }. Ipadala muna po ang /unlink.
# Variables:
#   $group (string) - the group's name
chat-linked = ✅ Naka-link na ang chat na ito sa { $group }. Lalabas din dito ang mga anunsyo. Ang lahat ng iba ay mananatili sa pribadong chat ninyo sa akin.
chat-not-linked = Hindi naka-link ang chat na ito sa isang grupo.
chat-what-i-do = Mga anunsyo lang po ang ipinapadala ko rito. Para sa iba pa, sumulat po sa akin sa pribadong chat.
chat-vote = 🗳 Ano po ang gagawin natin nang sama-sama? Sa botohang ito, hindi makikita kung sino ang bumoto. Mabibilang po ang inyong boto kapag sumagot kayo sa pribadong chat ninyo sa akin.
# The preview shows every version the leader wrote.
# Variables:
#   $language (string) - the version's language, in its own name
#   $text (string) - the version
bc-preview-version = 🌐 { $language }: { $text }
# Variables:
#   $names (string) - who will get the leader's own text
#   $count (number) - how many they are
#   $language (string) - the language they chose, in its own name
bc-no-version = { $names }: { $language } ang binabasa{ $count ->
        [one] {""}
       *[other] {" nila"}
    }. Darating ang mensahe gaya ng pagkakasulat ninyo. Pindutin ang { $language } para magdagdag ng bersyon.
# Members who have their messages read aloud do not hear a leader's own text (it is not translated).
# Variables:
#   $names (string) - who has voice on
#   $count (number) - how many they are
bc-no-voice = 🔇 May voice message din ang mga mensahe para { $count ->
        [one] kay
       *[other] kina
    } { $names }, pero hindi binabasa nang malakas ang sarili ninyong salita. Binabasa ang handang mensahe, at darating din ang voice message na i-record ninyo.

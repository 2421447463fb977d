# E página web pa koordinadónan i lidernan di grupo
menu-web = Página web
web-link = 🖥 Bo link pa e página web:
    { $url }
    E ta laga bo drenta un biaha, denter di { $minutes } minüt. No duna niun hende e: e ta habri e página komo bo.
web-staff-only = E página web ta pa lidernan di grupo i koordinadónan.
web-not-running = E página web no ta sendí. Puntra bo koordinadó.
web-page-title = samen
web-signin-title = Drenta
web-signin-text = No tin kontraseña akinan. Manda “web” pa samen den Telegram òf WhatsApp: bo ta haña un link pa drenta. E ta traha un biaha, denter di 10 minüt.
web-login-expired = E link aki a kaduká.
web-login-used = E link aki a wòrdu usá kaba.
web-login-unknown = E link aki no ta bálido.
web-login-again = Manda “web” pa samen pa un link nobo.
web-signout = Sali
web-signed-in-as = Drentá komo { $name }
web-overview = Resumen
web-forbidden = Bo no por habri e página aki.
web-form-expired = E formulario aki a kaduká. Bai bèk, karga e página di nobo i purba atrobe.
web-group = Grupo
web-leaders = Lidernan
web-members = Partisipantenan
web-languages = Idiomanan
web-next-meeting = Siguiente enkuentro
web-no-leader = Sin lider
web-nothing-planned = Nada no ta planiá
web-no-groups = Ainda no tin grupo.
web-language = Idioma

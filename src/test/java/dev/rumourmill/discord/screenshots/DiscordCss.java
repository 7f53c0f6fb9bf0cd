package dev.rumourmill.discord.screenshots;

/** Discord's dark theme, near enough for a documentation screenshot. */
final class DiscordCss {

    static final String CSS = """
            body { background:#313338; color:#dbdee1; font-family:'gg sans','Noto Sans','DejaVu Sans',Helvetica,Arial,sans-serif;
                   font-size:15px; line-height:1.375; margin:0; padding:12px 16px 16px 0; width:720px; }
            .channel { color:#f2f3f5; font-weight:600; padding:0 0 12px 16px; border-bottom:1px solid #3f4147; margin-bottom:8px; }
            .message { padding:6px 0 6px 16px; }
            .reply { color:#b5bac1; font-size:13px; margin-left:52px; margin-bottom:2px; }
            .row { display:flex; }
            .avatar { width:40px; height:40px; border-radius:50%; background:#5865f2; color:white; font-weight:700;
                      display:flex; align-items:center; justify-content:center; margin-right:16px; flex-shrink:0; font-size:14px; }
            .body { min-width:0; flex:1; }
            .header { margin-bottom:2px; }
            .name { color:#f2f3f5; font-weight:600; }
            .name.small { font-size:13px; }
            .app { background:#5865f2; color:white; font-size:10px; font-weight:600; border-radius:3px; padding:1px 4px;
                   margin-left:6px; vertical-align:middle; }
            .stamp { color:#949ba4; font-size:12px; margin-left:8px; }
            .content { margin-bottom:4px; }
            .mention { background:rgba(88,101,242,.3); color:#c9cdfb; border-radius:3px; padding:0 2px; font-weight:500; }
            .embed { display:flex; background:#2b2d31; border-left:4px solid; border-radius:4px; max-width:520px;
                     padding:8px 16px 16px 12px; margin-top:4px; }
            .embed-main { flex:1; min-width:0; }
            .embed-title { color:#00a8fc; font-weight:600; margin-top:8px; }
            .embed-text { font-size:14px; margin-top:8px; }
            .fields { font-size:14px; }
            .field-row { display:flex; gap:8px; margin-top:8px; }
            .field { flex:1; min-width:0; }
            .field-name { font-weight:600; color:#f2f3f5; margin-bottom:2px; }
            .embed-footer { color:#b5bac1; font-size:12px; margin-top:8px; }
            .thumb { width:80px; height:80px; border-radius:4px; margin-left:16px; margin-top:8px; flex-shrink:0; }
            .container { background:#2b2d31; border:1px solid #3f4147; border-left:4px solid; border-radius:8px; max-width:520px;
                         padding:16px; margin-top:4px; }
            .section { display:flex; align-items:flex-start; }
            .section-text { flex:1; min-width:0; }
            .section .thumb { margin-top:0; }
            .text-display { margin:2px 0 6px 0; }
            .h3 { font-size:18px; font-weight:700; color:#f2f3f5; line-height:1.3; margin:0 0 4px 0; }
            .subtext { color:#949ba4; font-size:12px; }
            .time { background:rgba(255,255,255,.06); border-radius:3px; padding:0 2px; }
            a { color:#00a8fc; }
            .separator { border:none; border-top:1px solid #4e5058; margin:8px 0; }
            .gap { height:8px; }
            .action-row { display:flex; gap:8px; margin-top:8px; }
            .button { background:#4e5058; color:white; border-radius:8px; padding:6px 16px; font-size:14px; font-weight:500; }
            .external { font-size:12px; }
            strong { color:#f2f3f5; font-weight:700; }
            """;

    private DiscordCss() {
    }
}

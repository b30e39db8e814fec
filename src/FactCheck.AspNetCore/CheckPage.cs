using System.Net;

namespace FactCheck.AspNetCore;

/// <summary>
/// The page where one pastes or drops a text, sets its publication date and sees the HTML report. The form posts to
/// the check endpoint into a frame, so it works without script; the script only reads a dropped file into the box.
/// </summary>
internal static class CheckPage
{
    public static string Html(string checkPath) => Template.Replace("{{action}}", WebUtility.HtmlEncode(checkPath), StringComparison.Ordinal);

    private const string Template = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>FactCheck</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: minmax(18rem, 32rem) 1fr; height: 100vh; }
        form { padding: 1rem; display: flex; flex-direction: column; gap: .75rem; border-right: 1px solid #ddd; }
        h1 { font-size: 1.25rem; margin: 0; }
        textarea { flex: 1; min-height: 12rem; font: inherit; padding: .5rem; border: 2px dashed #bbb; border-radius: 6px; }
        textarea.dragging { border-color: #1565c0; background: #e3f2fd; }
        label { display: flex; flex-direction: column; gap: .25rem; }
        button { font: inherit; padding: .5rem 1rem; }
        iframe { border: 0; width: 100%; height: 100%; }
        </style>
        </head>
        <body>
        <form id="check" method="post" action="{{action}}" enctype="multipart/form-data" target="report">
          <h1>FactCheck</h1>
          <label>Text (paste it, or drop a .txt or .md file here)
            <textarea id="text" name="text" required placeholder="Sales rose 10% to $1.2bn from $1bn a year earlier."></textarea>
          </label>
          <label>Publication date
            <input id="published" name="published" type="date">
          </label>
          <button id="submit" type="submit">Check</button>
        </form>
        <iframe id="report" name="report" title="Report"></iframe>
        <script>
        const box = document.getElementById('text');
        box.addEventListener('dragover', e => { e.preventDefault(); box.classList.add('dragging'); });
        box.addEventListener('dragleave', () => box.classList.remove('dragging'));
        box.addEventListener('drop', e => {
          e.preventDefault();
          box.classList.remove('dragging');
          const file = e.dataTransfer.files[0];
          if (file) { file.text().then(t => { box.value = t; }); }
        });
        </script>
        </body>
        </html>
        """;
}

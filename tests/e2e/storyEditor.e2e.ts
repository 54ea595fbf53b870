// End-to-end: the story editor light. In explore mode, add the current view as a slide twice
// (before and after selecting Phayao), download the story file, check what it says, and load it
// again from the file picker into story mode, where its slides replay the two views.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSession, headerAction, labelCentre, OUT, param, waitForParam, shot } from './support.ts';

const app = appSession();
beforeAll(() => app.start());
afterAll(() => app.stop());

describe('story editor light', () => {
  it('builds a story from views, downloads it and plays it back from the file', async () => {
    const { page, context } = await app.open('?lang=en&indicator=density', { reducedMotion: 'reduce' });
    await headerAction(page, 'make-story');
    await page.getByLabel('Story title').fill('Seminar test');
    await page.getByLabel('Title of the next slide').fill('Density');
    await page.getByTestId('draft-add').click();
    const p = await labelCentre(page, 'TH-56');
    await page.mouse.click(p.x + 12, p.y);
    await waitForParam(page, 'province', 'TH-56');
    await page.getByLabel('Title of the next slide').fill('Phayao');
    await page.getByTestId('draft-add').click();
    expect(await page.getByTestId('draft-count').innerText()).toBe('2 slides so far');
    await shot(page, `story-editor-en`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('draft-download').click()]);
    expect(download.suggestedFilename()).toBe('seminar-test.json');
    const file = `${OUT}/seminar-test.json`;
    await download.saveAs(file);
    const story = JSON.parse(readFileSync(file, 'utf8'));
    expect(story).toMatchObject({ version: 1, id: 'seminar-test', title: { en: 'Seminar test' } });
    expect(story.slides.map((s: { title: { en: string } }) => s.title.en)).toEqual(['Density', 'Phayao']);
    expect(story.slides[0]).toMatchObject({ indicator: 'density', camera: { kind: 'thailand' } });
    expect(story.slides[0].province).toBeUndefined();
    expect(story.slides[1]).toMatchObject({ indicator: 'density', province: ['TH-56'] });

    // Load it again: story mode opens at its first slide, and the second brings Phayao back.
    await page.getByTestId('draft-file').setInputFiles(file);
    await waitForParam(page, 'story', 'file-seminar-test');
    await page.getByTestId('story-count').waitFor();
    expect(await page.getByTestId('story-count').innerText()).toBe('Slide 1 of 2');
    await waitForParam(page, 'province', null);
    expect(param(page, 'indicator')).toBe('density');
    await page.keyboard.press('ArrowRight');
    await waitForParam(page, 'province', 'TH-56');
    expect(await page.locator('.slide-card h2').innerText()).toBe('Phayao');

    // The file is remembered in this browser: a reload (and the presenter window, another page)
    // still find the story.
    await page.reload();
    await page.getByTestId('story-count').waitFor();
    expect(await page.getByTestId('story-count').innerText()).toBe('Slide 2 of 2');
    expect(await page.locator('.slide-card h2').innerText()).toBe('Phayao');
    const other = await context.newPage();
    await other.goto(page.url().replace(/slide=2/, 'slide=1'));
    await other.getByTestId('story-count').waitFor();
    expect(await other.getByTestId('story-count').innerText()).toBe('Slide 1 of 2');
    expect(await other.locator('.slide-card h2').innerText()).toBe('Density');
    await context.close();
  }, 240_000);
});

/**
 * The public data sets shipped in data/ as one-click "真实数据" samples. The files are hashed
 * assets: a page holds only their URL and fetches them when the learner asks, so they are not
 * in any first download, and the service worker keeps them for offline use only once fetched.
 */
import cdnowSampleUrl from '../../../data/cdnow/CDNOW_sample.txt.gz?url';
import onlineRetailUrl from '../../../data/online-retail/customers_rfm.csv.gz?url';

export interface Citation {
	/** As the data set asks to be cited. */
	text: string;
	href: string;
	licence: string;
}

export const CDNOW_SAMPLE = {
	url: cdnowSampleUrl,
	name: 'CDNOW 1/10 样本（2,357 位客户，1997–1998 年）',
	/** The raw file has no header: master id, sample id, date, CDs, dollars. */
	columns: { id: '第 2 列', date: '第 3 列', amount: '第 5 列' },
	calibrationEnd: '1997-09-30',
	/** Fader, Hardie & Lee (2005), maximum likelihood on the 2,357 customers, in weeks. */
	published: { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259, logLikelihood: -9582.43 },
	citation: {
		text: 'Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). “Counting Your Customers” the Easy Way: An Alternative to the Pareto/NBD Model. Marketing Science 24(2), 275–284.',
		href: 'https://doi.org/10.1287/mksc.1040.0098',
		licence: '数据来自作者公开的讲义，随 MIT 许可的 Python lifetimes 库分发'
	} satisfies Citation
};

export const ONLINE_RETAIL = {
	url: onlineRetailUrl,
	name: 'UCI Online Retail（4,338 位客户，2010–2011 年）',
	/** recency_days counts back from this day. */
	asOf: '2011-12-10',
	columns: {
		id: 'CustomerID',
		recency: 'recency_days',
		frequency: 'frequency',
		monetary: 'monetary'
	},
	/** Share of revenue from the top 20% of customers, as published for this file. */
	publishedTop20: 0.7462,
	citation: {
		text: 'Chen, D. (2015). Online Retail [Dataset]. UCI Machine Learning Repository.',
		href: 'https://doi.org/10.24432/C5BW33',
		licence: 'CC BY 4.0（知识共享署名 4.0 国际许可）'
	} satisfies Citation
};

/** The sample's bytes (still gzip-compressed: the importer reads that). */
export async function fetchSample(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

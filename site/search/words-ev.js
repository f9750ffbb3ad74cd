gazetteSearch.words("ev",[["every",4],["everything",0]]);

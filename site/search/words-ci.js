gazetteSearch.words("ci",[["citizen",3],["city",0]]);
